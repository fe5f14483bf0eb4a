docker build -q -t myapp:v1.0 app
kubectl apply -f deployment.yaml
kubectl get pods
kubectl rollout status deployment/web-app
kubectl get deployments
kubectl get pods -o wide
kubectl delete $(kubectl get pods -o name | head -n 1)
kubectl get pods
sleep 2
kubectl get pods
kubectl scale deployment web-app --replicas=5
kubectl rollout status deployment/web-app
kubectl get pods
kubectl set image deployment/web-app web=myapp:v2.0
kubectl rollout status deployment/web-app --timeout=90s
kubectl get pods
kubectl get rs
kubectl rollout history deployment/web-app
kubectl rollout undo deployment/web-app
kubectl rollout status deployment/web-app
kubectl get rs
kubectl get pods
kubectl apply -f deployment.yaml
kubectl get deployment web-app
kubectl describe deployment web-app
