docker build -t myapp:v1.0 app
kubectl apply -f deployment.yaml
kubectl rollout status deployment/web-app
kubectl get deployments
kubectl get rs
kubectl get pods -o wide
