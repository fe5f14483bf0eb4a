kubectl expose deployment web-app --port=80 --target-port=8000
kubectl get services
kubectl describe service web-app
kubectl get endpoints web-app
kubectl scale deployment web-app --replicas=4
kubectl rollout status deployment/web-app
kubectl get endpoints web-app
kubectl expose deployment web-app --name=web-public --type=NodePort --port=80 --target-port=8000
kubectl get service web-public
