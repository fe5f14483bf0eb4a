kubectl scale deployment web-app --replicas=5
kubectl rollout status deployment/web-app
kubectl get pods
kubectl scale deployment web-app --replicas=2
kubectl get pods
kubectl apply -f deployment.yaml
kubectl rollout status deployment/web-app
kubectl get deployment web-app
